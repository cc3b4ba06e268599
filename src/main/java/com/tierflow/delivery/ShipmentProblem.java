package com.tierflow.delivery;

/** A shipment row that shipped nothing: its row number as a spreadsheet shows it, the order number and why. */
public record ShipmentProblem(Long rowNumber, String orderNo, String message, String originalValues) {
}
