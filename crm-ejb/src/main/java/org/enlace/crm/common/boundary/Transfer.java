package org.enlace.crm.common.boundary;

import java.io.Serializable;
import java.util.List;

/** What a mass transfer did: how many records changed owner, and those refused (number and name). */
public record Transfer(int moved, List<String> refused) implements Serializable {}
