package org.annals.ingest.dedupe;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two fingerprints of an article text. The content hash identifies the same text whatever its
 * spacing, case or quote style. The MinHash signature estimates the Jaccard similarity of word
 * 3-shingles between two texts, and its bands let the database find candidates by equality (LSH).
 */
public final class Fingerprints {

  public static final int HASHES = 128;
  public static final int BANDS = 16;
  public static final int ROWS = HASHES / BANDS;
  private static final int SHINGLE = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] SEEDS = seeds();

  private Fingerprints() {}

  /** SHA-256 of the text with case, spacing, compatibility forms and quote styles folded. */
  public static String contentHash(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
        .replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"")
        .replaceAll("[\u2010-\u2015]", "-")
        .replaceAll("\\s+", " ")
        .strip();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The MinHash signature, or an empty array for a text too short to have a shingle. */
  public static int[] minHash(String text) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    while (word.find()) {
      words.add(word.group());
    }
    if (words.size() < SHINGLE) {
      return new int[0];
    }
    int[] signature = new int[HASHES];
    java.util.Arrays.fill(signature, Integer.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long base = fnv1a(words.get(i), words.get(i + 1), words.get(i + 2));
      for (int h = 0; h < HASHES; h++) {
        int value = (int) (mix(base ^ SEEDS[h]) >>> 33);
        if (value < signature[h]) {
          signature[h] = value;
        }
      }
    }
    return signature;
  }

  /** One key per band: texts that share any band key are candidates for near-duplicates. */
  public static long[] bandKeys(int[] signature) {
    if (signature.length != HASHES) {
      return new long[0];
    }
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long key = band;
      for (int row = 0; row < ROWS; row++) {
        key = mix(key * 31 + signature[band * ROWS + row]);
      }
      keys[band] = key;
    }
    return keys;
  }

  /** Estimated Jaccard similarity of two signatures: the share of positions that agree. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != HASHES || b.length != HASHES) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  public static byte[] toBytes(int[] signature) {
    ByteBuffer buffer = ByteBuffer.allocate(signature.length * Integer.BYTES);
    buffer.asIntBuffer().put(signature);
    return buffer.array();
  }

  public static int[] fromBytes(byte[] bytes) {
    if (bytes == null) {
      return new int[0];
    }
    int[] signature = new int[bytes.length / Integer.BYTES];
    ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
    return signature;
  }

  private static long fnv1a(String... parts) {
    long hash = 0xcbf29ce484222325L;
    for (String part : parts) {
      for (int i = 0; i < part.length(); i++) {
        hash ^= part.charAt(i);
        hash *= 0x100000001b3L;
      }
      hash ^= ' ';
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** SplitMix64's finaliser: spreads every input bit over the whole word. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9e3779b97f4a7c15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }
}
