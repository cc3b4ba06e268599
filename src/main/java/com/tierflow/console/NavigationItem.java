package com.tierflow.console;

import java.util.Set;

/**
 * One entry of the console's menu, shown to callers holding any of {@code authorities} (empty: every signed-in user).
 * Declare one as a bean to add a page to the menu; the page's access rule belongs in the console filter chain.
 *
 * @param messageKey key of the entry's label in the console's messages (i18n/console*.properties)
 * @param path       where it leads, e.g. {@code /console/tasks}
 * @param accessKey  the letter of the entry's keyboard shortcut (Alt+letter in most browsers)
 * @param order      position in the menu, small first
 */
public record NavigationItem(String messageKey, String path, String accessKey, int order, Set<String> authorities) {

    public NavigationItem {
        authorities = Set.copyOf(authorities);
    }
}
