package org.annals.eval.match;

/**
 * The one-to-one assignment of rows to columns with the largest total weight (Kuhn-Munkres, the
 * Hungarian method with potentials, O(n²m)); rows or columns left over stay unassigned.
 */
public final class Assignment {

  private Assignment() {}

  /** The largest total weight of a matching; weights must be finite. */
  public static double maximum(double[][] weights) {
    int[] pairs = pairs(weights);
    double total = 0;
    for (int row = 0; row < pairs.length; row++) {
      if (pairs[row] >= 0) {
        total += weights[row][pairs[row]];
      }
    }
    return total;
  }

  /** The column paired with each row in a matching of largest total weight, -1 for a row left over. */
  public static int[] pairs(double[][] weights) {
    int rows = weights.length;
    int columns = weights[0].length;
    boolean transpose = rows > columns;
    int n = transpose ? columns : rows;
    int m = transpose ? rows : columns;
    // Costs are negated weights: the method minimises; it needs n <= m.
    double[][] cost = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        cost[i][j] = -(transpose ? weights[j - 1][i - 1] : weights[i - 1][j - 1]);
      }
    }
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] rowOf = new int[m + 1];
    int[] way = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      rowOf[0] = i;
      int column = 0;
      double[] least = new double[m + 1];
      java.util.Arrays.fill(least, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[m + 1];
      do {
        used[column] = true;
        int row = rowOf[column];
        double delta = Double.POSITIVE_INFINITY;
        int next = 0;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            double reduced = cost[row][j] - u[row] - v[j];
            if (reduced < least[j]) {
              least[j] = reduced;
              way[j] = column;
            }
            if (least[j] < delta) {
              delta = least[j];
              next = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[rowOf[j]] += delta;
            v[j] -= delta;
          } else {
            least[j] -= delta;
          }
        }
        column = next;
      } while (rowOf[column] != 0);
      do {
        int previous = way[column];
        rowOf[column] = rowOf[previous];
        column = previous;
      } while (column != 0);
    }
    int[] pairs = new int[rows];
    java.util.Arrays.fill(pairs, -1);
    for (int j = 1; j <= m; j++) {
      if (rowOf[j] != 0) {
        if (transpose) {
          pairs[j - 1] = rowOf[j] - 1;
        } else {
          pairs[rowOf[j] - 1] = j - 1;
        }
      }
    }
    return pairs;
  }
}
