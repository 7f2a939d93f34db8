package org.annals.common.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose body is JSON and nothing else: {@link JsonBodyFilter} refuses the request
 * unless its headers say so. Quarkus REST alone takes a body without a Content-Type, or with {@code *}/{@code *},
 * as matching {@code @Consumes}, and ignores Content-Encoding.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface JsonBody {}
