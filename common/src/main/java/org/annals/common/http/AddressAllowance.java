package org.annals.common.http;

import java.time.Duration;

/**
 * How much one client address may ask of a process before its token is even looked at: every request
 * counts against {@code requests} per {@code per}; every 401 answered to it against
 * {@code failedAuthentications} per {@code failedAuthenticationsPer}.
 */
public record AddressAllowance(boolean enabled, long requests, Duration per, long failedAuthentications,
    Duration failedAuthenticationsPer) {}
