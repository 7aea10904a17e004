package org.enlace.crm.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/** A postal address; accounts have a billing and a shipping one, contacts a mailing one. */
@Embeddable
public class Address implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int STREET_LENGTH = 250;
    public static final int PART_LENGTH = 100;
    public static final int POSTAL_CODE_LENGTH = 20;

    @Size(max = STREET_LENGTH)
    @Column(length = STREET_LENGTH)
    private String street;

    @Size(max = PART_LENGTH)
    @Column(length = PART_LENGTH)
    private String city;

    /** Departamento, state or province. */
    @Size(max = PART_LENGTH)
    @Column(length = PART_LENGTH)
    private String state;

    @Size(max = POSTAL_CODE_LENGTH)
    @Column(length = POSTAL_CODE_LENGTH)
    private String postalCode;

    @Size(max = PART_LENGTH)
    @Column(length = PART_LENGTH)
    private String country;

    public Address() {}

    public Address copy() {
        Address copy = new Address();
        copy.street = street;
        copy.city = city;
        copy.state = state;
        copy.postalCode = postalCode;
        copy.country = country;
        return copy;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = Text.clean(street);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = Text.clean(city);
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = Text.clean(state);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = Text.clean(postalCode);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = Text.clean(country);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a
                && Objects.equals(street, a.street)
                && Objects.equals(city, a.city)
                && Objects.equals(state, a.state)
                && Objects.equals(postalCode, a.postalCode)
                && Objects.equals(country, a.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, city, state, postalCode, country);
    }
}
