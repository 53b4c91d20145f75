package cn.houqin.conduct;

/** The races on H2, committed (not transactional). */
@ConductIntegrationTest
class ConcurrencyIntegrationTests extends ConcurrencyScenarios {

}
