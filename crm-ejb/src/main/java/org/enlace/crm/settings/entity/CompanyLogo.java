package org.enlace.crm.settings.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The company's logo, as checked and re-encoded on upload: the image served to the header and documents. */
@Entity
@Table(name = "crm_company_logo")
public class CompanyLogo implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private long id = Company.ID;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "media_type", nullable = false, length = 20)
    private String mediaType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    protected CompanyLogo() {}

    public CompanyLogo(byte[] content, String mediaType, int width, int height) {
        replace(content, mediaType, width, height);
    }

    public final void replace(byte[] content, String mediaType, int width, int height) {
        this.content = content.clone();
        this.mediaType = mediaType;
        this.width = width;
        this.height = height;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }
}
