/**
 * The web console: server-rendered pages for people and channel users. Other modules plug pages in by declaring a
 * {@link com.tierflow.console.NavigationItem} bean for the menu, and add to an order's timeline with an
 * {@link com.tierflow.console.OrderTimelineContributor} bean.
 */
package com.tierflow.console;
