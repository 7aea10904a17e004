package org.enlace.crm.common.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.enlace.crm.common.boundary.InvalidInputException;

/**
 * Checks an uploaded image (a logo, a product picture) by its content, never its name: PNG or JPEG
 * only, at most 1 MB and 4000 x 4000 pixels (read from the header, before anything is decoded),
 * then decodes and re-encodes it, so what is stored is a clean image without the upload's
 * metadata or trailing bytes. Every refusal names the field and a message key.
 */
public final class ImageUpload {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_SIDE = 4000;

    /** The image as it will be stored. */
    public record Image(byte[] content, String mediaType, int width, int height) {}

    private ImageUpload() {}

    public static Image check(String field, byte[] data) {
        if (data == null || data.length == 0) {
            throw new InvalidInputException(field, "crm.image.empty");
        }
        if (data.length > MAX_BYTES) {
            throw new InvalidInputException(field, "crm.image.tooLarge");
        }
        String format = formatOf(data);
        if (format == null) {
            throw new InvalidInputException(field, "crm.image.type");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new InvalidInputException(field, "crm.image.type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw new InvalidInputException(field, "crm.image.dimensions");
                }
                BufferedImage image = reader.read(0);
                return new Image(
                        encode(image, format), "png".equals(format) ? "image/png" : "image/jpeg", width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException refused) {
                throw refused;
            }
            // a truncated file, a CMYK JPEG, a PNG with a broken chunk
            throw new InvalidInputException(field, "crm.image.unreadable");
        }
    }

    /** "png" or "jpeg" from the first bytes, or null. */
    static String formatOf(byte[] data) {
        if (data.length >= 8
                && (data[0] & 0xff) == 0x89
                && data[1] == 'P'
                && data[2] == 'N'
                && data[3] == 'G'
                && data[4] == 0x0d
                && data[5] == 0x0a
                && data[6] == 0x1a
                && data[7] == 0x0a) {
            return "png";
        }
        if (data.length >= 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        return null;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if ("png".equals(format)) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            BufferedImage rgb = image;
            if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
                rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                var g = rgb.createGraphics();
                g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
                g.dispose();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream target = ImageIO.createImageOutputStream(out)) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
                writer.setOutput(target);
                writer.write(null, new IIOImage(rgb, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
