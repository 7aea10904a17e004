package org.enlace.crm.common.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class ImageUploadTest {

    static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A four-channel JPEG with Adobe's CMYK marker, as print shops send logos. */
    static byte[] cmykJpeg() throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 40, 30, 4, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream target = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(target);
            writer.write(null, new IIOImage(raster, null, null), null);
        }
        byte[] plain = out.toByteArray();
        // the Adobe APP14 segment (transform 0: CMYK) that print shops' files carry, after SOI
        byte[] adobe = {(byte) 0xff, (byte) 0xee, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        byte[] cmyk = new byte[plain.length + adobe.length];
        System.arraycopy(plain, 0, cmyk, 0, 2);
        System.arraycopy(adobe, 0, cmyk, 2, adobe.length);
        System.arraycopy(plain, 2, cmyk, 2 + adobe.length, plain.length - 2);
        return cmyk;
    }

    private static String refusal(byte[] data) {
        try {
            ImageUpload.check("logo", data);
        } catch (InvalidInputException e) {
            assertThat(e.getField()).isEqualTo("logo");
            return e.getMessageKey();
        }
        return "accepted";
    }

    @Test
    void keepsAPngAndAJpegReEncoded() throws IOException {
        byte[] png = image(120, 60, "png");
        byte[] withTrailer = Arrays.copyOf(png, png.length + 100);
        Arrays.fill(withTrailer, png.length, withTrailer.length, (byte) '<');
        ImageUpload.Image stored = ImageUpload.check("logo", withTrailer);
        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(stored.width()).isEqualTo(120);
        assertThat(stored.height()).isEqualTo(60);
        assertThat(ImageIO.read(new ByteArrayInputStream(stored.content())).getWidth())
                .isEqualTo(120);
        assertThat(new String(stored.content(), StandardCharsets.ISO_8859_1)).doesNotContain("<<<<");

        ImageUpload.Image jpeg = ImageUpload.check("logo", image(50, 40, "jpeg"));
        assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(jpeg.content())).getHeight())
                .isEqualTo(40);
    }

    @Test
    void refusesWhatIsNotAPngOrJpegWhateverItsName() throws IOException {
        assertThat(refusal("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("crm.image.type");
        assertThat(refusal(image(10, 10, "gif"))).isEqualTo("crm.image.type");
        assertThat(refusal(image(10, 10, "bmp"))).isEqualTo("crm.image.type");
    }

    @Test
    void refusesEmptyTooLargeAndTooManyPixels() throws IOException {
        assertThat(refusal(new byte[0])).isEqualTo("crm.image.empty");
        assertThat(refusal(null)).isEqualTo("crm.image.empty");
        byte[] fiveMegabytes = Arrays.copyOf(image(10, 10, "png"), 5 * 1024 * 1024);
        assertThat(refusal(fiveMegabytes)).isEqualTo("crm.image.tooLarge");
        assertThat(refusal(image(4001, 2, "png"))).isEqualTo("crm.image.dimensions");
        assertThat(refusal(image(2, 4001, "png"))).isEqualTo("crm.image.dimensions");
        assertThat(refusal(image(4000, 1, "png"))).isEqualTo("accepted");
    }

    @Test
    void turnsACmykJpegIntoAnRgbOne() throws IOException {
        ImageUpload.Image stored = ImageUpload.check("logo", cmykJpeg());
        assertThat(stored.mediaType()).isEqualTo("image/jpeg");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored.content()));
        assertThat(back.getColorModel().getNumComponents()).isEqualTo(3);
        assertThat(back.getWidth()).isEqualTo(40);
    }

    @Test
    void refusesATruncatedImageAsUnreadable() throws IOException {
        assertThat(refusal(Arrays.copyOf(image(200, 200, "png"), 40))).isEqualTo("crm.image.unreadable");
        assertThat(refusal(Arrays.copyOf(image(200, 200, "jpeg"), 30))).isEqualTo("crm.image.unreadable");
    }
}
