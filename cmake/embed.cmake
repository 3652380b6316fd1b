# Compiles the SQL files under db/ into the binary at configure time, so the one `sunshine`
# binary carries its queries and migrations. Editing a .sql file re-runs the configure step.

function(_sunshine_camel out name)
  string(REPLACE "_" ";" parts "${name}")
  set(result "k")
  foreach(part IN LISTS parts)
    string(SUBSTRING "${part}" 0 1 first)
    string(TOUPPER "${first}" first)
    string(SUBSTRING "${part}" 1 -1 rest)
    string(APPEND result "${first}${rest}")
  endforeach()
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

function(_sunshine_read_raw out file)
  file(READ "${file}" content)
  set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
  _sunshine_include_parts(content "${content}" "${file}")
  set(${out} "R\"sql(${content})sql\"" PARENT_SCOPE)
endfunction()

# A query's `{include NAME}` becomes the text of NAME.part.sql beside it (its last newline
# dropped): the one copy of a block that several queries share word for word, such as the
# filters that a list, its count and its summary must apply alike. A part is no query of its own
# and includes nothing itself.
function(_sunshine_include_parts out content file)
  get_filename_component(folder "${file}" DIRECTORY)
  string(REGEX MATCHALL "{include [a-z0-9_]+}" includes "${content}")
  list(REMOVE_DUPLICATES includes)
  foreach(include IN LISTS includes)
    string(REGEX REPLACE "^{include ([a-z0-9_]+)}$" "\\1" part_name "${include}")
    set(part "${folder}/${part_name}.part.sql")
    if(NOT EXISTS "${part}")
      message(FATAL_ERROR "${file}: ${include} names no ${part_name}.part.sql beside it")
    endif()
    file(READ "${part}" part_text)
    set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${part}")
    string(REGEX REPLACE "\n$" "" part_text "${part_text}")
    string(REPLACE "${include}" "${part_text}" content "${content}")
  endforeach()
  set(${out} "${content}" PARENT_SCOPE)
endfunction()

# Generates <dir>/db/queries.{hpp,cpp}: one `Query` constant per db/queries/<cap>/<name>.sql,
# with optional <name>.postgresql.sql / <name>.sqlite.sql dialect overrides. Each capability's
# constants are declared in their own header, <dir>/db/queries/<cap>.hpp, which db/queries.hpp
# includes: code that includes only its own capability's header is not recompiled when another
# capability gains a query (file(CONFIGURE) leaves an unchanged header untouched).
function(sunshine_generate_queries dir)
  file(GLOB_RECURSE files CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/db/queries/*.sql")
  list(SORT files)
  set(caps "")
  set(cpp "// Generated from db/queries by cmake/embed.cmake. Do not edit.\n#include \"db/queries.hpp\"\nnamespace sunshine::db::queries {\n")
  foreach(file IN LISTS files)
    file(RELATIVE_PATH rel "${CMAKE_SOURCE_DIR}/db/queries" "${file}")
    # SOCI's PostgreSQL backend takes every ':' outside quotes, comments included, for a named
    # parameter; one followed by no name becomes a parameter PostgreSQL cannot type.
    file(STRINGS "${file}" comment_colons REGEX "^ *--.*:([^A-Za-z_]|$)")
    if(comment_colons)
      message(FATAL_ERROR "${rel}: a ':' in a comment breaks the query on PostgreSQL: ${comment_colons}")
    endif()
    # Nor does it skip comments when it looks for quotes: an apostrophe in a comment opens a
    # string literal to its eyes, and every parameter after it goes unbound.
    file(STRINGS "${file}" comment_quotes REGEX "^ *--.*'")
    if(comment_quotes)
      message(FATAL_ERROR "${rel}: an apostrophe in a comment hides the parameters after it from SOCI: ${comment_quotes}")
    endif()
    # A part is read into the queries that include it (_sunshine_include_parts).
    if(rel MATCHES "\\.part\\.sql$")
      continue()
    endif()
    # An override beside its portable query is read with it below; one without is a statement
    # only that engine has (PostgreSQL's arrays, say), and the other engine must not ask for it.
    set(portable_file "${file}")
    if(rel MATCHES "\\.(postgresql|sqlite)\\.sql$")
      string(REGEX REPLACE "\\.(postgresql|sqlite)\\.sql$" ".sql" portable_file "${file}")
      if(EXISTS "${portable_file}")
        continue()
      endif()
      string(REGEX REPLACE "\\.(postgresql|sqlite)\\.sql$" ".sql" rel "${rel}")
    endif()
    string(REGEX REPLACE "\\.sql$" "" stem "${rel}")
    get_filename_component(cap "${stem}" DIRECTORY)
    get_filename_component(name "${stem}" NAME)
    _sunshine_camel(const "${name}")
    set(portable "{}")
    if(EXISTS "${portable_file}")
      _sunshine_read_raw(portable "${portable_file}")
    endif()
    set(pg "{}")
    set(lite "{}")
    if(EXISTS "${CMAKE_SOURCE_DIR}/db/queries/${stem}.postgresql.sql")
      _sunshine_read_raw(pg "${CMAKE_SOURCE_DIR}/db/queries/${stem}.postgresql.sql")
    endif()
    if(EXISTS "${CMAKE_SOURCE_DIR}/db/queries/${stem}.sqlite.sql")
      _sunshine_read_raw(lite "${CMAKE_SOURCE_DIR}/db/queries/${stem}.sqlite.sql")
    endif()
    if(NOT cap IN_LIST caps)
      list(APPEND caps "${cap}")
      set(hpp_${cap} "// Generated from db/queries/${cap} by cmake/embed.cmake. Do not edit.\n#pragma once\n#include \"db/query.hpp\"\nnamespace sunshine::db::queries::${cap} {\n")
    endif()
    string(APPEND hpp_${cap} "extern const Query ${const};\n")
    string(APPEND cpp "namespace ${cap} { const Query ${const}{\"${stem}\", ${portable}, ${pg}, ${lite}}; }\n")
  endforeach()
  set(hpp "// Generated from db/queries by cmake/embed.cmake. Do not edit.\n#pragma once\n")
  foreach(cap IN LISTS caps)
    string(APPEND hpp_${cap} "}  // namespace sunshine::db::queries::${cap}\n")
    file(CONFIGURE OUTPUT "${dir}/db/queries/${cap}.hpp" CONTENT "${hpp_${cap}}" @ONLY)
    string(APPEND hpp "#include \"db/queries/${cap}.hpp\"\n")
  endforeach()
  string(APPEND cpp "}  // namespace sunshine::db::queries\n")
  file(CONFIGURE OUTPUT "${dir}/db/queries.hpp" CONTENT "${hpp}" @ONLY)
  file(CONFIGURE OUTPUT "${dir}/db/queries.cpp" CONTENT "${cpp}" @ONLY)
endfunction()

# Generates <dir>/db/migrations.cpp: every db/migrations/VNNNN__name.sql in version order.
function(sunshine_generate_migrations dir)
  file(GLOB files CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/db/migrations/V*.sql")
  list(SORT files)
  set(cpp "// Generated from db/migrations by cmake/embed.cmake. Do not edit.\n#include \"db/migrations.hpp\"\nnamespace sunshine::db {\nconst std::vector<Migration>& AllMigrations() {\n  static const std::vector<Migration> migrations{\n")
  foreach(file IN LISTS files)
    get_filename_component(base "${file}" NAME_WE)
    string(REGEX MATCH "^V([0-9]+)__(.+)$" _ "${base}")
    math(EXPR version "${CMAKE_MATCH_1}")
    _sunshine_read_raw(sql "${file}")
    string(APPEND cpp "      {${version}, \"${CMAKE_MATCH_2}\", ${sql}},\n")
  endforeach()
  string(APPEND cpp "  };\n  return migrations;\n}\n}  // namespace sunshine::db\n")
  file(CONFIGURE OUTPUT "${dir}/db/migrations_embedded.cpp" CONTENT "${cpp}" @ONLY)
endfunction()

# Generates <dir>/<name>.cpp defining `std::string_view <symbol>()` with the file's bytes.
function(sunshine_embed_text dir name symbol file)
  file(READ "${file}" content)
  set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
  file(CONFIGURE OUTPUT "${dir}/${name}.cpp" CONTENT
       "// Generated by cmake/embed.cmake. Do not edit.\n#include <string_view>\nnamespace sunshine {\n// An array whose size the compiler knows, so no constexpr strlen walks a large document.\nstatic constexpr char kText[] = R\"embed(${content})embed\";\nstd::string_view ${symbol}() { return {kText, sizeof(kText) - 1}; }\n}  // namespace sunshine\n" @ONLY)
endfunction()
