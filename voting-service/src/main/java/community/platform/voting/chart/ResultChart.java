package community.platform.voting.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A result as a horizontal bar chart (PNG): one bar per option, longest for the most, the winner's in green, with its
 * count at the end. Horizontal bars keep 25 long option names readable. Pure: the same result draws the same bytes.
 */
public final class ResultChart {

    public static final int WIDTH = 720;
    public static final int ROW = 30;
    public static final int TOP = 48;
    public static final int LABEL_WIDTH = 230;
    public static final int BAR_START = LABEL_WIDTH + 20;
    public static final int BAR_MAX = WIDTH - BAR_START - 70;
    public static final Color BACKGROUND = new Color(0x31, 0x33, 0x38);
    public static final Color BAR = new Color(0x58, 0x65, 0xF2);
    public static final Color WINNER = new Color(0x57, 0xF2, 0x87);
    public static final Color TEXT = new Color(0xF2, 0xF3, 0xF5);

    private ResultChart() {
    }

    public static int height(int options) {
        return TOP + options * ROW + 16;
    }

    /**
     * @param winner the winning option's index, or -1
     * @param unit   what the numbers count ("votes", "points")
     */
    public static byte[] png(String title, List<String> labels, List<Long> totals, int winner, String unit) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, height(labels.size()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(TEXT);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
            g.drawString(fit(g, title + " (" + unit + ")", WIDTH - 32), 16, 28);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            long most = Math.max(1, totals.stream().mapToLong(Long::longValue).max().orElse(1));
            for (int o = 0; o < labels.size(); o++) {
                int y = TOP + o * ROW;
                g.setColor(TEXT);
                g.drawString(fit(g, labels.get(o), LABEL_WIDTH), 16, y + 19);
                int length = (int) Math.round((double) BAR_MAX * totals.get(o) / most);
                g.setColor(o == winner ? WINNER : BAR);
                g.fillRect(BAR_START, y + 5, length, ROW - 10);
                g.setColor(TEXT);
                g.drawString(Long.toString(totals.get(o)), BAR_START + length + 8, y + 19);
            }
            g.setStroke(new BasicStroke(1));
            g.drawLine(BAR_START, TOP, BAR_START, TOP + labels.size() * ROW);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics m = g.getFontMetrics();
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && m.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
