package org.enlace.crm.common.boundary;

import java.io.Serializable;

/** One row of a list: only the columns the list shows, read in the list's single query. */
public interface ListRow extends Serializable {

    /** The record's id, which is also the row's key in the table. */
    long getId();
}
