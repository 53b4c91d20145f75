package cn.houqin.repairs;

/**
 * The races on H2.
 */
@RepairsIntegrationTest
class RepairsConcurrencyIntegrationTests extends RepairsConcurrencyScenarios {

}
