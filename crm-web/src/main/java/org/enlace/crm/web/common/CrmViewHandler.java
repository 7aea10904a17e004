package org.enlace.crm.web.common;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.enlace.crm.web.security.UserSession;

/**
 * Every view speaks the user's language (Spanish unless he chose English), from the first phase
 * on, so messages added before rendering are translated too; the browser's language is not used.
 */
public class CrmViewHandler extends ViewHandlerWrapper {

    public CrmViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(UserSession.class).get().getLocale();
    }
}
