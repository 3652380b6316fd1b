// The records that tie registries together, over HTTP on both engines: an enterprise links an
// employee by ID number, an evaluation body's filing checks the occupation's levels, an
// institution's venues and permitted projects, and an exited institution can add neither.
#include "api_fixture.hpp"
#include "core/geo.hpp"
#include "core/ids.hpp"
#include "registry/relation_store.hpp"

namespace sunshine::testing {
namespace {

class RelationApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer("relations"); }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override {
    client = std::make_unique<HttpClient>(server->port);
    province = client->SignIn("province_officer", app::kDemoPassword);
    county = client->SignIn("county_officer", app::kDemoPassword);
  }
  std::int64_t FirstId(const std::string& list, const std::string& token) {
    const auto json = client->Get(list, token).Json();
    return json.at("items").at(0).at("id").as_int64();
  }
  static RunningServer* server;
  std::unique_ptr<HttpClient> client;
  std::string province, county;
};
RunningServer* RelationApiTest::server = nullptr;

TEST_F(RelationApiTest, AnEnterpriseLinksItsEmployeesByIdNumber) {
  const std::string first17 = "51010419850505321";
  const std::string id = first17 + core::IdCheckCharacter(first17);
  ASSERT_EQ(client->Post("/api/v1/trainees",
                         R"({"name":"钱学徒","id_number":")" + id +
                             R"(","phone":"13900001234","household_region_code":"510104","residence_region_code":"510104","groups":[],"employment_status":"employed"})",
                         county)
                .status,
            201);
  const std::string enterprise = client->SignIn("enterprise", app::kDemoPassword);
  const auto enterprise_id = FirstId("/api/v1/enterprises", enterprise);
  const std::string path = "/api/v1/enterprises/" + std::to_string(enterprise_id) + "/employees";
  auto unknown = client->Post(path, R"({"id_number":"110101199003078888","kind":"employee","start_date":"2026-01-01"})",
                              enterprise);
  EXPECT_EQ(unknown.status, 422);
  auto linked = client->Post(path, R"({"id_number":")" + id + R"(","kind":"apprentice","start_date":"2026-03-01"})",
                             enterprise);
  ASSERT_EQ(linked.status, 201) << linked.body;
  EXPECT_EQ(linked.Json().at("trainee").at("phone_masked"), "139****1234");
  EXPECT_EQ(client->Post(path, R"({"id_number":")" + id + R"(","kind":"apprentice","start_date":"2026-03-01"})",
                         enterprise)
                .status,
            409);
  const auto employees = client->Get(path, enterprise).Json();
  EXPECT_EQ(employees.at("items").as_array().size(), 1u);
  // The enterprise now sees the person among its trainees (scope by employment).
  EXPECT_EQ(client->Get("/api/v1/trainees", enterprise).Json().at("total"), 1);
}

TEST_F(RelationApiTest, FilingsVenuesAndPermittedProjects) {
  const auto body_id = FirstId("/api/v1/evaluation-bodies", province);
  const auto cook = FirstId("/api/v1/occupations?q=4-03-02-01", province);
  const std::string filings = "/api/v1/evaluation-bodies/" + std::to_string(body_id) + "/filings";
  auto bad = client->Post(filings, R"({"occupation_id":)" + std::to_string(cook) +
                                       R"(,"level":9,"valid_from":"2026-01-01","valid_to":"2025-01-01"})",
                          province);
  EXPECT_EQ(bad.status, 422);
  auto filed = client->Post(filings, R"({"occupation_id":)" + std::to_string(cook) +
                                         R"(,"level":4,"valid_from":"2026-01-01","valid_to":"2028-12-31"})",
                            province);
  ASSERT_EQ(filed.status, 201) << filed.body;
  EXPECT_EQ(client->Post(filings, R"({"occupation_id":1,"valid_from":"2026-01-01","valid_to":"2026-12-31"})", county)
                .status,
            403);

  const std::string institution = client->SignIn("institution", app::kDemoPassword);
  const auto institution_id = FirstId("/api/v1/institutions", institution);
  const std::string venues = "/api/v1/institutions/" + std::to_string(institution_id) + "/venues";
  const std::string venue =
      R"({"name":"一号实训室","address":"成都市锦江区东大街1号","region_code":"510104","latitude":30.657,"longitude":104.081,"capacity":60})";
  auto added = client->Post(venues, venue, institution);
  ASSERT_EQ(added.status, 201) << added.body;
  // Entered as a map app gives it (GCJ-02, the default), stored and compared in WGS-84.
  const auto stored = added.Json();
  EXPECT_EQ(stored.at("datum"), "wgs84");
  EXPECT_DOUBLE_EQ(stored.at("gcj02").at("latitude").as_double(), 30.657);
  EXPECT_DOUBLE_EQ(stored.at("gcj02").at("longitude").as_double(), 104.081);
  const core::LatLon wgs84{stored.at("latitude").as_double(), stored.at("longitude").as_double()};
  EXPECT_LT(core::DistanceMetres(core::Gcj02FromWgs84(wgs84), {30.657, 104.081}), 0.2);
  EXPECT_GT(core::DistanceMetres(wgs84, {30.657, 104.081}), 250);
  EXPECT_EQ(client->Post(venues, venue, institution).status, 422) << "one name per institution";
  auto unknown_datum = client->Post(
      venues,
      R"({"name":"三号实训室","address":"东大街3号","region_code":"510104","latitude":30.657,"longitude":104.081,"datum":"mars","capacity":30})",
      institution);
  EXPECT_EQ(unknown_datum.status, 422);
  auto gps = client->Post(
      venues,
      R"({"name":"四号实训室","address":"东大街4号","region_code":"510104","latitude":30.657,"longitude":104.081,"datum":"wgs84","capacity":30})",
      institution);
  ASSERT_EQ(gps.status, 201) << gps.body;
  EXPECT_DOUBLE_EQ(gps.Json().at("latitude").as_double(), 30.657);

  // A venue stored before V0012 (still GCJ-02) is converted by the data step, once, audited.
  const std::string old_id = std::to_string(gps.Json().at("id").as_int64());
  server->Sql("UPDATE venues SET datum = 'gcj02' WHERE id = " + old_id);
  EXPECT_EQ(registry::relation_store::ConvertLegacyVenueDatums(server->app->database()), 1u);
  EXPECT_EQ(registry::relation_store::ConvertLegacyVenueDatums(server->app->database()), 0u);
  EXPECT_EQ(server->Text("SELECT datum FROM venues WHERE id = " + old_id), "wgs84");
  const auto lat_e6 = std::stoll(server->Text("SELECT CAST(latitude_e6 AS TEXT) FROM venues WHERE id = " + old_id));
  EXPECT_NEAR(lat_e6 / 1e6, core::Wgs84FromGcj02({30.657, 104.081}).lat, 1e-6);

  const auto project = client->Post("/api/v1/training-projects",
                                    R"({"name":"中式烹调师（四级）","occupation_id":)" + std::to_string(cook) +
                                        R"(,"level":4,"training_type":"employment_skills","standard_hours":120,"subsidy_fen":150000,"valid_from":"2026-01-01"})",
                                    province);
  ASSERT_EQ(project.status, 201) << project.body;
  const std::string permits = "/api/v1/institutions/" + std::to_string(institution_id) + "/projects";
  const std::string permit = R"({"project_id":)" + std::to_string(project.Json().at("id").as_int64()) +
                             R"(,"valid_from":"2026-01-01","valid_to":"2026-12-31"})";
  EXPECT_EQ(client->Post(permits, permit, institution).status, 403) << "an institution does not permit itself";
  ASSERT_EQ(client->Post(permits, permit, county).status, 201);
  EXPECT_EQ(client->Post(permits, permit, county).status, 422) << "overlapping period";
  EXPECT_EQ(client->Get(permits, institution).Json().at("items").as_array().size(), 1u);

  ASSERT_EQ(client->Post("/api/v1/institutions/" + std::to_string(institution_id) + "/actions/exit",
                         R"({"reason":"主动退出"})", county)
                .status,
            200);
  auto after_exit = client->Post(venues, R"({"name":"二号实训室","address":"东大街2号","region_code":"510104","latitude":30.657,"longitude":104.081,"capacity":30})", institution);
  EXPECT_EQ(after_exit.status, 409) << "an exited institution can file nothing";
}

}  // namespace
}  // namespace sunshine::testing
