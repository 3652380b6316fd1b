-- The check-ins that do not count in the caller scope, as filtered - one text for the list, its
-- count and its summary, so that the three always select the same events.
WHERE k.counts = 0
    AND {scope}
    AND {filter class k.class_id = :class}
    AND {filter terminal k.terminal_id = :terminal}
    AND {filter institution c.institution_id = :institution}
    AND {filter region c.region_code LIKE :region}
    AND {filter reason k.reasons LIKE :reason ESCAPE '\'}
    AND {filter from k.captured_at >= :from}
    AND {filter to k.captured_at < :to}
