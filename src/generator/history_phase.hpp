#pragma once
// The subsidy history of the old system in a generated province (issue 12 item 8), written as
// the province would load it: CSV text through the history import (HistoryService), checked
// and audited like any file.
//
// Before the year's filings, a share of the people get past subsidised trainings in the years
// before the period, in occupations and levels no generated project trains, so every planned
// filing stays valid (the checks count the history, and find nothing to refuse). After the
// year, the plant repeated_enrolment: for a few enrolments, a record of the same person
// trained in the same occupation and level a year or more before, as if the old system's
// records arrived after the class was approved - the repeat the filing check would have
// refused, now for risk screening (issue 15) to find.
#include <cstdint>
#include <optional>
#include <string>

#include "app/app.hpp"
#include "generator/manifest.hpp"
#include "generator/province.hpp"

namespace sunshine::generator {

// The share of people with past subsidised trainings [I]: one in seven of a year's trainees.
inline constexpr double kHistoryShare = 0.15;

// Writes the past trainings; returns how many records were imported.
int WritePastHistory(app::App& app, const RegistryFigures& registries, const CatalogueFigures& catalogue,
                     std::uint64_t seed, const std::string& from);

// Plants repeated enrolments among `share` of the year's `enrolments` (at least one when any
// exists), in classes starting by `last_start` (the period's last day: a scan of the period reads
// them); nullopt when there was no enrolment to repeat.
std::optional<Anomaly> PlantRepeatedEnrolments(app::App& app, const RegistryFigures& registries, std::uint64_t seed,
                                               double share, int enrolments, const std::string& last_start);

}  // namespace sunshine::generator
