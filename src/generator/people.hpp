#pragma once
// Plausible people for the generator: names as they are distributed in Sichuan (Han surnames by
// their national frequency, and in the three autonomous prefectures a share of Yi and Tibetan
// names), GB 11643 ID numbers whose region prefix, birth date and sex digit agree, and mobile
// numbers on real Chinese prefixes. Pure: everything comes from the Random given.
#include <string>
#include <string_view>

#include "generator/random.hpp"

namespace sunshine::generator {

enum class Sex { kMale, kFemale };
// Which naming tradition a person's name follows.
enum class NameStyle { kHan, kYi, kTibetan };

Sex DrawSex(Random& random, double female_share = 0.5);
// The naming tradition of a person registered in `county` (6 digits): 凉山 (5134) mostly Yi,
// 甘孜 (5133) and 阿坝 (5132) mostly Tibetan, elsewhere Han. Shares are [I] defaults.
NameStyle DrawNameStyle(Random& random, std::string_view county);
std::string PersonName(Random& random, Sex sex, NameStyle style = NameStyle::kHan);

// A birth date ("YYYY-MM-DD") giving an age in [min_age, max_age] on `on` (a date); every day
// of that span equally likely.
std::string BirthDate(Random& random, std::string_view on, int min_age, int max_age);

// The 18-character ID number of a person registered in `county`, born on `birth_date`
// ("YYYY-MM-DD"), with the 3-digit sequence `seq` (0..999) whose last digit is odd for men and
// even for women (GB 11643-1999); precondition: the sequence fits the sex (see SequenceFor).
std::string IdNumber(std::string_view county, std::string_view birth_date, int seq);
// A sequence number for `sex`: 0..999, odd for men, even for women.
int SequenceFor(Random& random, Sex sex);
Sex SexOfIdNumber(std::string_view id_number);

// "13912345678": a mobile number on a prefix of the three operators.
std::string MobilePhone(Random& random);

}  // namespace sunshine::generator
