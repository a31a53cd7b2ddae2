package dev.glanceshare.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Prints rows as a box table, like the OpenStack CLI does. */
public final class Table {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> headers) {
        this.headers = headers;
    }

    /**
     * @param headers the column headings
     * @return an empty table
     */
    public static Table of(String... headers) {
        return new Table(Arrays.asList(headers));
    }

    /**
     * @param cells one value per column
     * @return this table
     */
    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(String.valueOf(c));
        }
        rows.add(row);
        return this;
    }

    /** @return whether no row was added */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** @param out where to print */
    public void print(PrintStream out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        String rule = rule(widths);
        out.println(rule);
        out.println(line(headers, widths));
        out.println(rule);
        rows.forEach(r -> out.println(line(r, widths)));
        out.println(rule);
    }

    private static String rule(int[] widths) {
        StringBuilder s = new StringBuilder("+");
        for (int w : widths) {
            s.append("-".repeat(w + 2)).append('+');
        }
        return s.toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder s = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            s.append(' ').append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length())).append(" |");
        }
        return s.toString();
    }
}
