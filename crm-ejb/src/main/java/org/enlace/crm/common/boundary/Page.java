package org.enlace.crm.common.boundary;

import java.io.Serializable;
import java.util.List;

/** The rows of one page and the number of rows of the whole list. */
public record Page<T>(List<T> rows, long total) implements Serializable {}
