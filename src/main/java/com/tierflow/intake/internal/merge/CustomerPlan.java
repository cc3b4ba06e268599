package com.tierflow.intake.internal.merge;

import com.tierflow.intake.internal.read.StagedLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Decides, for one chunk of orders, which customer each belongs to. Phone first, then e-mail, then the channel's own
 * id: a key that leads to a known customer brings the order's other keys to that customer; new customers are made
 * only for keys no order of the chunk ties to a stronger one, and whatever is still unknown after that becomes a
 * customer of its own. Pure: the known keys come in, the customers and keys to add come out.
 */
public final class CustomerPlan {

    private final Map<String, Long> owners;
    private final Map<String, NewCustomer> newCustomers = new TreeMap<>();
    private final Map<String, String> attachedKeys = new TreeMap<>();
    private long nextPlaceholder = -1;

    private CustomerPlan(Map<String, Long> known) {
        this.owners = new HashMap<>(known);
    }

    /** Every key the orders carry: what to look up before planning. */
    public static Set<String> keysOf(List<NewOrder> orders) {
        Set<String> keys = new LinkedHashSet<>();
        for (NewOrder order : orders) {
            keys.add(order.customerIdentity());
            keys.addAll(secondaryKeys(order));
        }
        return keys;
    }

    /** @param known the keys among {@link #keysOf} that lead to a customer already, with that customer's id */
    public static CustomerPlan plan(List<NewOrder> orders, Map<String, Long> known) {
        CustomerPlan plan = new CustomerPlan(known);
        plan.attachSecondaryKeys(orders);
        Set<String> spare = plan.keysBroughtByOthers(orders);
        plan.createCustomers(orders, spare);
        plan.attachSecondaryKeys(orders);
        plan.createCustomers(orders, Set.of());
        return plan;
    }

    /** Customers to create, by primary key; their ids here are placeholders (negative) until they exist. */
    public List<NewCustomer> newCustomers() {
        return List.copyOf(newCustomers.values());
    }

    /** Keys to add to customers (secondary keys of known or new customers), sorted so that nodes lock alike. */
    public List<Map.Entry<String, Long>> keysToAdd(Map<Long, Long> placeholderIds) {
        List<Map.Entry<String, Long>> keys = new ArrayList<>();
        for (NewCustomer customer : newCustomers.values()) {
            keys.add(Map.entry(customer.primaryIdentity(), resolve(customer.placeholder(), placeholderIds)));
        }
        for (Map.Entry<String, String> key : attachedKeys.entrySet()) {
            keys.add(Map.entry(key.getKey(), resolve(owners.get(key.getValue()), placeholderIds)));
        }
        keys.sort(Map.Entry.comparingByKey());
        return keys;
    }

    /** The customer of an order, once the placeholders have real ids. */
    public long customerOf(NewOrder order, Map<Long, Long> placeholderIds) {
        return resolve(owners.get(order.customerIdentity()), placeholderIds);
    }

    private static long resolve(Long id, Map<Long, Long> placeholderIds) {
        Objects.requireNonNull(id, "customer not planned");
        return id < 0 ? Objects.requireNonNull(placeholderIds.get(id), "customer not created") : id;
    }

    /** Chains (channel id → e-mail → phone) settle one link per pass, so passes repeat until nothing moves. */
    private void attachSecondaryKeys(List<NewOrder> orders) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (NewOrder order : orders) {
                Long owner = owners.get(order.customerIdentity());
                if (owner == null) {
                    continue;
                }
                for (String key : secondaryKeys(order)) {
                    if (!owners.containsKey(key)) {
                        owners.put(key, owner);
                        attachedKeys.put(key, order.customerIdentity());
                        moved = true;
                    }
                }
            }
        }
    }

    /** Keys some order brings as its e-mail or channel id next to a different, stronger key. */
    private Set<String> keysBroughtByOthers(List<NewOrder> orders) {
        Set<String> spare = new LinkedHashSet<>();
        for (NewOrder order : orders) {
            if (!owners.containsKey(order.customerIdentity())) {
                spare.addAll(secondaryKeys(order));
            }
        }
        return spare;
    }

    private void createCustomers(List<NewOrder> orders, Set<String> spare) {
        Map<String, List<NewOrder>> byKey = new TreeMap<>();
        for (NewOrder order : orders) {
            String key = order.customerIdentity();
            if (!owners.containsKey(key) && !spare.contains(key)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(order);
            }
        }
        for (Map.Entry<String, List<NewOrder>> entry : byKey.entrySet()) {
            long placeholder = nextPlaceholder--;
            List<NewOrder> same = entry.getValue();
            newCustomers.put(entry.getKey(), new NewCustomer(placeholder, entry.getKey(),
                    greatest(same, NewOrder::customerName), greatest(same, NewOrder::phone), greatest(same, NewOrder::email),
                    greatest(same, NewOrder::province), greatest(same, NewOrder::city)));
            owners.put(entry.getKey(), placeholder);
        }
    }

    private static Set<String> secondaryKeys(NewOrder order) {
        Set<String> keys = new LinkedHashSet<>(2);
        for (StagedLine line : order.lines()) {
            if (line.email() != null) {
                keys.add("E:" + line.email());
            }
            if (line.aliasIdentity() != null) {
                keys.add(line.aliasIdentity());
            }
        }
        keys.remove(order.customerIdentity());
        return keys;
    }

    private static String greatest(List<NewOrder> orders, Function<NewOrder, String> field) {
        return orders.stream().map(field).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** A customer to create; {@code placeholder} stands for its id until the database gives one. */
    public record NewCustomer(long placeholder, String primaryIdentity, String name, String phone, String email,
                              String province, String city) {
    }
}
