package cn.houqin.supplies;

/**
 * The last-units race on the embedded H2 database.
 */
@SuppliesIntegrationTest
class RequisitionConcurrencyIntegrationTests extends LastUnitsRace {

}
