package org.enlace.crm.inventory.boundary;

import java.math.BigDecimal;
import org.enlace.crm.common.boundary.ListRow;

/** A service as the Servicios list shows it. */
public final class ServiceRow implements ListRow {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String number;
    private final String name;
    private final String category;
    private final String usageUnit;
    private final BigDecimal unitPrice;
    private final boolean active;
    private final String ownerName;

    public ServiceRow(
            long id,
            String number,
            String name,
            String category,
            String usageUnit,
            BigDecimal unitPrice,
            boolean active,
            String ownerName) {
        this.id = id;
        this.number = number;
        this.name = name;
        this.category = category;
        this.usageUnit = usageUnit;
        this.unitPrice = unitPrice;
        this.active = active;
        this.ownerName = ownerName;
    }

    @Override
    public long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getUsageUnit() {
        return usageUnit;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public boolean isActive() {
        return active;
    }

    public String getOwnerName() {
        return ownerName;
    }
}
