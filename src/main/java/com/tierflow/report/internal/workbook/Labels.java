package com.tierflow.report.internal.workbook;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The report texts in one language (zh or en), from the bundle com/tierflow/report/internal/labels. */
public final class Labels {

    private static final String BUNDLE = "com.tierflow.report.internal.labels";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Labels of(String language) {
        return new Labels("en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    public static boolean isSupported(String language) {
        return "zh".equals(language) || "en".equals(language);
    }

    public Locale locale() {
        return locale;
    }

    /** The label, or the key itself when the bundle has none (channel codes, SKUs used as headers). */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
