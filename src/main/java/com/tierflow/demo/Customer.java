package com.tierflow.demo;

/**
 * One person of the cross-channel customer pool.
 *
 * @param email empty when the customer never gave one
 */
record Customer(int index, String name, String mobile, String email, String province, String city, String address) {

    boolean hasEmail() {
        return !email.isEmpty();
    }
}
