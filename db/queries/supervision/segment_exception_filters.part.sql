-- The online segments that do not count in the caller scope, as filtered - one text for the
-- list, its count and its summary, so that the three always select the same segments.
WHERE g.counts = 0
    AND {scope}
    AND {filter class g.class_id = :class}
    AND {filter terminal g.terminal_id = :terminal}
    AND {filter institution c.institution_id = :institution}
    AND {filter region c.region_code LIKE :region}
    AND {filter reason g.reasons LIKE :reason ESCAPE '\'}
    AND {filter from g.started_at >= :from}
    AND {filter to g.started_at < :to}
