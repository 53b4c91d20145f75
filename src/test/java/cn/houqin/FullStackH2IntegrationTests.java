package cn.houqin;

/**
 * The full-stack scenarios on the embedded default database (H2).
 */
class FullStackH2IntegrationTests extends FullStackTests {

}
