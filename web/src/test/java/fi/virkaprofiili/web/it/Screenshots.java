package fi.virkaprofiili.web.it;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a browser's screenshot as a small PNG for the repository (under 150 KB): a page is mostly
 * a few flat colours, so its 256 most frequent colours keep it readable at a fraction of the size.
 */
final class Screenshots {

  static final int MOST_BYTES = 150 * 1024;

  private Screenshots() {}

  static void write(byte[] png, Path file) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    byte[] small = encode(image);
    if (small.length > MOST_BYTES) {
      small = encode(toPalette(image));
    }
    Files.write(file, small);
  }

  private static byte[] encode(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.0f);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** The image in its 256 most frequent colours, each pixel in the nearest of them. */
  private static BufferedImage toPalette(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
    Map<Integer, Integer> counts = new HashMap<>();
    for (int pixel : pixels) {
      counts.merge(pixel & 0xffffff, 1, Integer::sum);
    }
    List<Integer> palette =
        counts.entrySet().stream()
            .sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder()))
            .limit(256)
            .map(Map.Entry::getKey)
            .toList();
    byte[] r = new byte[palette.size()];
    byte[] g = new byte[palette.size()];
    byte[] b = new byte[palette.size()];
    for (int i = 0; i < palette.size(); i++) {
      r[i] = (byte) (palette.get(i) >> 16);
      g[i] = (byte) (palette.get(i) >> 8);
      b[i] = (byte) (int) palette.get(i);
    }
    BufferedImage indexed =
        new BufferedImage(
            width,
            height,
            BufferedImage.TYPE_BYTE_INDEXED,
            new IndexColorModel(8, palette.size(), r, g, b));
    Map<Integer, Integer> nearest = new HashMap<>();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int colour = pixels[y * width + x] & 0xffffff;
        int index = nearest.computeIfAbsent(colour, c -> closest(c, palette));
        indexed.getRaster().setSample(x, y, 0, index);
      }
    }
    return indexed;
  }

  private static int closest(int colour, List<Integer> palette) {
    int best = 0;
    long bestDistance = Long.MAX_VALUE;
    for (int i = 0; i < palette.size(); i++) {
      int p = palette.get(i);
      long dr = ((colour >> 16) & 0xff) - ((p >> 16) & 0xff);
      long dg = ((colour >> 8) & 0xff) - ((p >> 8) & 0xff);
      long db = (colour & 0xff) - (p & 0xff);
      long distance = dr * dr + dg * dg + db * db;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
    return best;
  }
}
