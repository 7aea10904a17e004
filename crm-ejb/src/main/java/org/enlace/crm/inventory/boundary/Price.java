package org.enlace.crm.inventory.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A product's or service's price in one currency: set by hand, or derived from the rate. */
public record Price(String currency, String symbol, int decimals, BigDecimal amount, boolean derived)
        implements Serializable {}
