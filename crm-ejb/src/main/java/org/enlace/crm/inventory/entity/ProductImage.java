package org.enlace.crm.inventory.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A product's picture, checked and re-encoded on upload (same rules as the company logo). */
@Entity
@Table(name = "crm_product_image")
public class ProductImage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "product_id")
    private long productId;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "media_type", nullable = false, length = 20)
    private String mediaType;

    protected ProductImage() {}

    public ProductImage(long productId, byte[] content, String mediaType) {
        this.productId = productId;
        replace(content, mediaType);
    }

    public final void replace(byte[] content, String mediaType) {
        this.content = content.clone();
        this.mediaType = mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getMediaType() {
        return mediaType;
    }
}
