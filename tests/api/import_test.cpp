// Bulk imports over HTTP on both engines (R-P3): Chinese or English headers, every bad cell
// named by row and column, nothing stored from a file with one bad row, duplicates inside the
// file and against the registry refused, and the institution and enterprise imports.
#include <algorithm>

#include "api_fixture.hpp"
#include "core/ids.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;

std::string IdNumber(const std::string& region, const std::string& birth, const std::string& seq) {
  const std::string first17 = region + birth + seq;
  return first17 + core::IdCheckCharacter(first17);
}

class ImportApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer("imports"); }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override {
    client = std::make_unique<HttpClient>(server->port);
    county = client->SignIn("county_officer", app::kDemoPassword);  // 锦江区 510104
  }
  HttpReply Import(const std::string& kind, const std::string& csv, const std::string& token) {
    return client->Send(bhttp::verb::post, "/api/v1/imports/" + kind, csv, token, "text/csv; charset=utf-8");
  }
  static RunningServer* server;
  std::unique_ptr<HttpClient> client;
  std::string county;
};
RunningServer* ImportApiTest::server = nullptr;

std::string TraineeCsv(int first, int count, const std::string& bad_id_at_row = "") {
  std::string csv = "\xEF\xBB\xBF姓名,身份证号,手机号,户籍地区划代码,常住地区划代码,重点群体,就业状态\r\n";
  for (int i = 0; i < count; ++i) {
    char seq[4];
    std::snprintf(seq, sizeof seq, "%03d", first + i);
    std::string id = IdNumber("510104", "19900101", seq);
    if (std::to_string(i + 2) == bad_id_at_row) id.back() = id.back() == '1' ? '2' : '1';
    csv += "学员" + std::to_string(first + i) + "," + id + ",1380000" + std::to_string(1000 + first + i) +
           ",510104,510104,退役军人、残疾人,失业/未就业\r\n";
  }
  return csv;
}

// A large bad file is answered in a few kilobytes: its first errors and the counts per column
// and reason; the full report comes as a CSV file on request.
TEST_F(ImportApiTest, ALargeBadFileGetsABoundedAnswerAndAFullReport) {
  std::string csv = "\xEF\xBB\xBF姓名,身份证号,手机号,户籍地区划代码,常住地区划代码,重点群体,就业状态\r\n";
  for (int i = 0; i < 300; ++i) {
    char seq[4];
    std::snprintf(seq, sizeof seq, "%03d", i);
    std::string id = IdNumber("510104", "19800101", seq);
    id.back() = id.back() == '1' ? '2' : '1';  // every check digit wrong
    csv += "错" + std::to_string(i) + "," + id + ",1390000" + std::to_string(1000 + i) + ",510104,510104,,失业/未就业\r\n";
  }
  auto refused = Import("trainees", csv, county);
  ASSERT_EQ(refused.status, 422);
  const auto error = refused.Json().at("error");
  EXPECT_EQ(error.at("fields").as_array().size(), 100u);
  EXPECT_EQ(error.at("fields_total"), 300);
  ASSERT_EQ(error.at("counts").as_array().size(), 1u);
  EXPECT_EQ(error.at("counts").at(0).at("column"), "身份证号");
  EXPECT_EQ(error.at("counts").at(0).at("reason"), "check_digit");
  EXPECT_EQ(error.at("counts").at(0).at("count"), 300);
  EXPECT_LT(refused.body.size(), 20000u);

  auto report = client->Send(bhttp::verb::post, "/api/v1/imports/trainees?report=csv", csv, county,
                             "text/csv; charset=utf-8");
  ASSERT_EQ(report.status, 422);
  EXPECT_TRUE(std::string(report.headers[bhttp::field::content_type]).starts_with("text/csv"));
  EXPECT_EQ(std::count(report.body.begin(), report.body.end(), '\n'), 301) << "a header and every error";
  EXPECT_NE(report.body.find("2,身份证号,id_number,check_digit"), std::string::npos);
}

TEST_F(ImportApiTest, OneBadRowImportsNothingAndIsNamed) {
  const auto before = server->Count("trainees");
  auto refused = Import("trainees", TraineeCsv(100, 5, "4"), county);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.ErrorCode(), "import_rejected");
  const auto fields = refused.Json().at("error").at("fields");
  ASSERT_EQ(fields.as_array().size(), 1u);
  EXPECT_EQ(fields.at(0).at("row"), 4);
  EXPECT_EQ(fields.at(0).at("column"), "身份证号");
  EXPECT_EQ(fields.at(0).at("field"), "id_number");
  EXPECT_EQ(fields.at(0).at("reason"), "check_digit");
  EXPECT_EQ(server->Count("trainees"), before) << "all or nothing";

  auto imported = Import("trainees", TraineeCsv(100, 5), county);
  ASSERT_EQ(imported.status, 201) << imported.body;
  EXPECT_EQ(imported.Json().at("imported"), 5);
  EXPECT_EQ(server->Count("trainees"), before + 5);
  const auto listed = client->Get("/api/v1/trainees?q=%E5%AD%A6%E5%91%98100", county).Json();  // 学员100
  ASSERT_EQ(listed.at("total"), 1);
  EXPECT_EQ(listed.at("items").at(0).at("groups").as_array().size(), 2u);
  EXPECT_EQ(listed.at("items").at(0).at("employment_status"), "unemployed");

  // The same people again, and a person twice in one file.
  auto again = Import("trainees", TraineeCsv(104, 2), county);
  ASSERT_EQ(again.status, 422);
  EXPECT_EQ(again.Json().at("error").at("fields").at(0).at("reason"), "taken");
  auto twice = Import("trainees", TraineeCsv(200, 1) + TraineeCsv(200, 1).substr(TraineeCsv(200, 0).size()), county);
  ASSERT_EQ(twice.status, 422) << twice.body;
  EXPECT_EQ(twice.Json().at("error").at("fields").at(0).at("reason"), "duplicate_in_file");
  EXPECT_EQ(twice.Json().at("error").at("fields").at(0).at("row"), 3);
}

// A file of several chunks (2,000 rows each) is checked whole before anything is stored: a
// person repeated 4,000 rows later is caught; nothing is left in the staging table either way.
TEST_F(ImportApiTest, AFileOfManyChunksIsCheckedWholeAndStoredWhole) {
  auto rows_of = [](int count, int repeat_at) {
    std::string csv = "name,id_number,phone,household_region_code,residence_region_code,groups,employment_status\n";
    for (int i = 0; i < count; ++i) {
      const int n = i + 1 == repeat_at ? 5 : i;  // row repeat_at + 1 repeats the person of row 7
      char birth[9], seq[4];
      std::snprintf(birth, sizeof birth, "1970%02d%02d", 1 + n / 1000 % 12, 1 + n % 28);
      std::snprintf(seq, sizeof seq, "%03d", n / 28 % 1000);
      csv += "块" + std::to_string(i) + "," + IdNumber("510104", birth, seq) + ",1370" + std::to_string(1000000 + i) +
             ",510104,510104,,employed\n";
    }
    return csv;
  };
  const auto before = server->Count("trainees");
  auto refused = Import("trainees", rows_of(4500, 4200), county);
  ASSERT_EQ(refused.status, 422) << refused.body.substr(0, 500);
  const auto fields = refused.Json().at("error").at("fields");
  ASSERT_EQ(fields.as_array().size(), 1u) << refused.body.substr(0, 500);
  EXPECT_EQ(fields.at(0).at("reason"), "duplicate_in_file");
  EXPECT_EQ(fields.at(0).at("row"), 4201);
  EXPECT_EQ(server->Count("trainees"), before);
  EXPECT_EQ(server->Count("trainee_import_rows"), 0);

  auto imported = Import("trainees", rows_of(4500, 0), county);
  ASSERT_EQ(imported.status, 201) << imported.body.substr(0, 500);
  EXPECT_EQ(imported.Json().at("imported"), 4500);
  EXPECT_EQ(server->Count("trainees"), before + 4500);
  EXPECT_EQ(server->Count("trainee_import_rows"), 0) << "the staged rows were moved, not copied";
  // In file order: the first row of the file has the smallest new id.
  EXPECT_EQ(server->Text("SELECT name FROM trainees WHERE id = (SELECT MIN(id) FROM trainees WHERE name LIKE '块%')"),
            "块0");
  // PostgreSQL's planner knows the new rows at once (an ANALYZE samples every row of a table this
  // small): its autovacuum would wait for a tenth of the table to change, and lists planned on the
  // old figures read a county whole (docs/performance.md, session 40). The table is named through
  // the search path: tests running beside this one have their own schemas, each with a "trainees".
  if (server->app->database().dialect() == db::Dialect::kPostgresql) {
    EXPECT_EQ(server->Text("SELECT CAST(CAST(reltuples AS BIGINT) AS TEXT) FROM pg_class "
                           "WHERE oid = CAST('trainees' AS regclass)"),
              std::to_string(before + 4500));
  }
}

// Between the check and the move another clerk registers one of the people: the move sees it
// in its transaction and stores none of the file (the service walked with a hand-made file).
TEST_F(ImportApiTest, APersonRegisteredDuringTheImportRefusesItWhole) {
  auto principal = server->app->auth().PrincipalOf("county_officer");
  ASSERT_TRUE(principal);
  const core::Actor actor{.principal = *principal, .request_id = "test", .client_ip = "local"};
  auto person = [](const std::string& name, const std::string& seq) {
    return registry::TraineeInput{name, IdNumber("510104", "19850505", seq), "1351234" + seq + "0", "510104",
                                  "510104", {}, "employed"};
  };
  const auto first = person("赛跑甲", "301"), second = person("赛跑乙", "302");
  const registry::ImportColumnNames columns =
      std::make_shared<std::map<std::string, std::string>>(std::map<std::string, std::string>{{"id_number", "身份证号"}});
  int walks = 0;
  const registry::ImportChunks<registry::TraineeInput> chunks = [&](const auto& visit) {
    if (++walks == 2) {
      auto registered = server->app->trainees().Create(actor, second);
      ASSERT_TRUE(registered) << registered.error().message;
    }
    visit({{2, columns, first}, {3, columns, second}});
  };
  const auto before = server->Count("trainees");
  auto imported = server->app->trainees().Import(actor, chunks);
  ASSERT_FALSE(imported);
  EXPECT_EQ(imported.error().code, "import_rejected");
  ASSERT_EQ(imported.error().fields.size(), 1u);
  EXPECT_EQ(imported.error().fields[0].row, 3);
  EXPECT_EQ(imported.error().fields[0].reason, "taken");
  EXPECT_EQ(server->Count("trainees"), before + 1) << "only the clerk's registration";
  EXPECT_EQ(server->Count("trainee_import_rows"), 0) << "the staged rows are removed";
}

TEST_F(ImportApiTest, HeadersEncodingAndShapeAreChecked) {
  auto unknown = Import("trainees", "name,id_number,年龄\n张三,1,2\n", county);
  ASSERT_EQ(unknown.status, 422);
  std::set<std::string> reasons;
  const auto unknown_json = unknown.Json();
  for (const auto& f : unknown_json.at("error").at("fields").as_array()) reasons.insert(std::string(f.at("reason").as_string()));
  EXPECT_TRUE(reasons.count("unknown_column") && reasons.count("missing_column"));
  EXPECT_EQ(Import("trainees", "\xD0\xD5\xC3\xFB\n", county).ErrorCode(), "csv_not_utf8");
  EXPECT_EQ(Import("trainees", TraineeCsv(300, 0), county).ErrorCode(), "empty_import");
  auto ragged = Import("trainees", TraineeCsv(300, 1) + "只有一列\r\n", county);
  EXPECT_EQ(ragged.Json().at("error").at("fields").at(0).at("reason"), "column_count");
  EXPECT_EQ(client->Post("/api/v1/imports/trainees", "{}", county).status, 415) << "JSON is not a CSV file";
  const std::string auditor = client->SignIn("auditor", app::kDemoPassword);
  EXPECT_EQ(Import("trainees", TraineeCsv(300, 1), auditor).status, 403);
}

TEST_F(ImportApiTest, InstitutionsAndEnterprisesImportByCreditCode) {
  const std::string a = core::CompleteCreditCode("52510104MJ100001"), b = core::CompleteCreditCode("52510104MJ100002");
  auto institutions = Import("institutions",
                             "机构名称,统一社会信用代码,机构类型,所在区县代码\n甲培训学校," + a +
                                 ",民办职业培训机构,510104\n乙培训学校," + b + ",technical_school,510104\n",
                             county);
  ASSERT_EQ(institutions.status, 201) << institutions.body;
  EXPECT_EQ(institutions.Json().at("imported"), 2);
  const std::string c = core::CompleteCreditCode("91510104MA100003");
  auto enterprises = Import("enterprises",
                            "name,credit_code,type,region_code,industry,size\n丙公司," + c +
                                ",民营企业,510104,制造业,小型\n丁公司," + c + ",private,510703,C,small\n",
                            county);
  ASSERT_EQ(enterprises.status, 422) << enterprises.body;
  std::set<std::string> reasons;
  const auto enterprises_json = enterprises.Json();
  for (const auto& f : enterprises_json.at("error").at("fields").as_array())
    reasons.insert(std::string(f.at("field").as_string()) + ":" + std::string(f.at("reason").as_string()));
  EXPECT_TRUE(reasons.count("region_code:outside_scope")) << enterprises.body;
  auto fixed = Import("enterprises",
                      "name,credit_code,type,region_code,industry,size\n丙公司," + c + ",民营企业,510104,制造业,小型\n",
                      county);
  ASSERT_EQ(fixed.status, 201) << fixed.body;
  const auto listed = client->Get("/api/v1/enterprises?q=" + c, county).Json();
  ASSERT_EQ(listed.at("total"), 1);
  EXPECT_EQ(listed.at("items").at(0).at("industry"), "C");
  EXPECT_EQ(listed.at("items").at(0).at("size"), "small");
}

}  // namespace
}  // namespace sunshine::testing
