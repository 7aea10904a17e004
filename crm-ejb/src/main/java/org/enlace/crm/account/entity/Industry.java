package org.enlace.crm.account.entity;

/** Industry picklist (fixed values until the picklist editor); labels live in the web bundles. */
public enum Industry {
    AGRICULTURE,
    APPAREL,
    BANKING,
    BIOTECHNOLOGY,
    CHEMICALS,
    COMMUNICATIONS,
    CONSTRUCTION,
    CONSULTING,
    EDUCATION,
    ELECTRONICS,
    ENERGY,
    ENGINEERING,
    ENTERTAINMENT,
    FINANCE,
    FOOD_BEVERAGE,
    GOVERNMENT,
    HEALTHCARE,
    HOSPITALITY,
    INSURANCE,
    MANUFACTURING,
    MEDIA,
    NOT_FOR_PROFIT,
    RETAIL,
    TECHNOLOGY,
    TELECOMMUNICATIONS,
    TRANSPORTATION,
    UTILITIES,
    OTHER
}
