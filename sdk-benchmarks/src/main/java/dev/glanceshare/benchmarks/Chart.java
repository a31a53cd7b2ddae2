package dev.glanceshare.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws throughput against threads as an SVG line chart: one panel per task, one line per contender. */
final class Chart {
    private static final String[] COLOURS = {"#555555", "#1f77b4", "#d62728", "#2ca02c"};
    private static final int W = 300;
    private static final int H = 220;
    private static final int PAD = 45;

    private Chart() {}

    static String svg(List<Throughput.Cell> cells, String title) {
        List<Op> ops = cells.stream().map(Throughput.Cell::op).distinct().toList();
        List<Integer> threads = cells.stream().map(Throughput.Cell::threads).distinct().toList();
        List<String> names = new ArrayList<>(cells.get(0).opsPerSecond().keySet());
        int width = ops.size() * (W + PAD) + PAD;
        int height = H + 2 * PAD + 20 * names.size();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append(text(PAD, 18, 13, esc(title)));
        for (int p = 0; p < ops.size(); p++) {
            Op op = ops.get(p);
            int x0 = PAD + p * (W + PAD);
            int y0 = PAD;
            List<Throughput.Cell> mine = cells.stream().filter(c -> c.op() == op).toList();
            double max = mine.stream().flatMap(c -> c.opsPerSecond().values().stream())
                    .mapToDouble(Double::doubleValue).max().orElse(1) * 1.1;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                    + "stroke=\"#999\"/>%n", x0, y0, W, H));
            s.append(text(x0, y0 - 6, 12, op.name()));
            for (int g = 0; g <= 4; g++) {
                double v = max * g / 4;
                double y = y0 + H - H * g / 4.0;
                s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>%n",
                        x0, x0 + W, y, y));
                s.append(text(x0 - 40, (int) y + 4, 10, String.format(Locale.ROOT, "%.0f", v)));
            }
            for (int t = 0; t < threads.size(); t++) {
                s.append(text((int) xAt(x0, t, threads.size()) - 6, y0 + H + 14, 10, threads.get(t) + ""));
            }
            s.append(text(x0 + W / 2 - 20, y0 + H + 28, 10, "threads"));
            for (int n = 0; n < names.size(); n++) {
                StringBuilder points = new StringBuilder();
                for (int t = 0; t < mine.size(); t++) {
                    double v = mine.get(t).opsPerSecond().get(names.get(n));
                    double x = xAt(x0, threads.indexOf(mine.get(t).threads()), threads.size());
                    double y = y0 + H - H * v / max;
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y,
                            COLOURS[n % COLOURS.length]));
                }
                s.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" "
                        + "stroke-width=\"2\"/>%n", points.toString().trim(), COLOURS[n % COLOURS.length]));
            }
        }
        for (int n = 0; n < names.size(); n++) {
            int y = PAD + H + 50 + 18 * n;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n", PAD,
                    y - 10, COLOURS[n % COLOURS.length]));
            s.append(text(PAD + 18, y, 11, esc(names.get(n))));
        }
        return s.append("</svg>\n").toString();
    }

    private static double xAt(int x0, int index, int count) {
        return count == 1 ? x0 + W / 2.0 : x0 + 20 + (W - 40) * index / (double) (count - 1);
    }

    private static String text(int x, int y, int size, String value) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\">%s</text>%n", x, y, size, value);
    }

    private static String esc(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
