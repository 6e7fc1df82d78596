-- The live catalog of one database as JSON (corpus/truth/NAME.json): what the differential tests
-- compare dumpguard's catalog against. Every list is ordered, so the output is deterministic.
-- search_path = '' as pg_dump sets it, so format_type / pg_get_expr / pg_get_constraintdef qualify
-- names exactly as pg_dump writes them.
SET search_path = '';
-- The lists after json_build_object(...) are appended only when the database has such objects, so
-- that a truth file written before they existed stays what a fresh run writes (make-corpus --check).
SELECT left(main::text, -1) || COALESCE((SELECT string_agg(pg_catalog.format(', %s : %s', pg_catalog.to_json(x.k), x.v), '' ORDER BY x.ord) FROM (VALUES
-- Objects without a list of their own: rules, operators, operator classes and families, casts, collations, conversions,
-- text search objects, extended statistics, event triggers, access methods (user-made only: oid >= 16384, no extension
-- member, nothing PostgreSQL made itself such as a range type's multirange cast).
(1, 'objects', (SELECT json_agg(o ORDER BY o.kind, o.schema, o.name, o.on) FROM (
  SELECT 'rule' AS kind, n.nspname AS schema, r.rulename::text AS name, c.relname::text AS on FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE r.rulename <> '_RETURN' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = r.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'operator', n.nspname, o.oprname::text, NULL FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE o.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'operator class', n.nspname, o.opcname::text, a.amname::text FROM pg_catalog.pg_opclass o JOIN pg_catalog.pg_namespace n ON n.oid = o.opcnamespace JOIN pg_catalog.pg_am a ON a.oid = o.opcmethod WHERE o.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'operator family', n.nspname, o.opfname::text, a.amname::text FROM pg_catalog.pg_opfamily o JOIN pg_catalog.pg_namespace n ON n.oid = o.opfnamespace JOIN pg_catalog.pg_am a ON a.oid = o.opfmethod WHERE o.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'cast', NULL, pg_catalog.format('%s AS %s', pg_catalog.format_type(k.castsource, NULL), pg_catalog.format_type(k.casttarget, NULL)), NULL FROM pg_catalog.pg_cast k WHERE k.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND d.objid = k.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'collation', n.nspname, o.collname::text, NULL FROM pg_catalog.pg_collation o JOIN pg_catalog.pg_namespace n ON n.oid = o.collnamespace WHERE o.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'conversion', n.nspname, o.conname::text, NULL FROM pg_catalog.pg_conversion o JOIN pg_catalog.pg_namespace n ON n.oid = o.connamespace WHERE o.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_conversion'::pg_catalog.regclass AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'text search configuration', n.nspname, o.cfgname::text, NULL FROM pg_catalog.pg_ts_config o JOIN pg_catalog.pg_namespace n ON n.oid = o.cfgnamespace WHERE o.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'text search dictionary', n.nspname, o.dictname::text, NULL FROM pg_catalog.pg_ts_dict o JOIN pg_catalog.pg_namespace n ON n.oid = o.dictnamespace WHERE o.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'text search parser', n.nspname, o.prsname::text, NULL FROM pg_catalog.pg_ts_parser o JOIN pg_catalog.pg_namespace n ON n.oid = o.prsnamespace WHERE o.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_ts_parser'::pg_catalog.regclass AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'text search template', n.nspname, o.tmplname::text, NULL FROM pg_catalog.pg_ts_template o JOIN pg_catalog.pg_namespace n ON n.oid = o.tmplnamespace WHERE o.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_ts_template'::pg_catalog.regclass AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'statistics', n.nspname, o.stxname::text, pg_catalog.format('%I.%I', tn.nspname, c.relname) FROM pg_catalog.pg_statistic_ext o JOIN pg_catalog.pg_namespace n ON n.oid = o.stxnamespace JOIN pg_catalog.pg_class c ON c.oid = o.stxrelid JOIN pg_catalog.pg_namespace tn ON tn.oid = c.relnamespace WHERE true AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'event trigger', NULL, o.evtname::text, NULL FROM pg_catalog.pg_event_trigger o WHERE true AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
  UNION ALL SELECT 'access method', NULL, o.amname::text, NULL FROM pg_catalog.pg_am o WHERE o.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_am'::pg_catalog.regclass AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
) o)),
-- Large objects with the bytes they hold.
(2, 'largeObjects', (SELECT json_agg(json_build_object('oid', m.oid::text, 'bytes', (SELECT COALESCE(sum(pg_catalog.length(l.data)), 0) FROM pg_catalog.pg_largeobject l WHERE l.loid = m.oid)) ORDER BY m.oid) FROM pg_catalog.pg_largeobject_metadata m)),
-- Tables with row level security enabled or forced.
(3, 'rowSecurity', (SELECT json_agg(json_build_object('schema', n.nspname, 'name', c.relname, 'enabled', c.relrowsecurity, 'forced', c.relforcerowsecurity) ORDER BY n.nspname, c.relname)
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE (c.relrowsecurity OR c.relforcerowsecurity) AND n.nspname NOT IN ('pg_catalog', 'information_schema'))),
-- Columns whose collation is not their type's default, as quote_ident(schema).quote_ident(name).
(4, 'columnCollations', (SELECT json_agg(json_build_object('schema', n.nspname, 'table', c.relname, 'column', a.attname, 'collation', pg_catalog.format('%I.%I', cn.nspname, co.collname)) ORDER BY n.nspname, c.relname, a.attnum)
  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
    JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
  WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attcollation <> t.typcollation AND c.relkind IN ('r', 'p', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast'))),
-- Virtual generated columns (PostgreSQL 18: attgenerated 'v'; before 18 every generated column is stored).
(5, 'virtualColumns', (SELECT json_agg(json_build_object('schema', n.nspname, 'table', c.relname, 'column', a.attname) ORDER BY n.nspname, c.relname, a.attnum)
  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = 'v' AND c.relkind IN ('r', 'p', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')))
) x(ord, k, v) WHERE x.v IS NOT NULL), '') || '}' FROM (SELECT json_build_object(
'tables', (SELECT COALESCE(json_agg(t ORDER BY t.schema, t.name), '[]') FROM (
  SELECT n.nspname AS schema, c.relname AS name,
    CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' ELSE 'foreign table' END AS kind,
    c.relpersistence = 'u' AS unlogged,
    (SELECT json_build_object('schema', pn.nspname, 'name', pc.relname) FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid AND c.relispartition) AS "partitionOf",
    COALESCE((SELECT json_agg(json_build_object('schema', pn.nspname, 'name', pc.relname) ORDER BY i.inhseqno) FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid AND NOT c.relispartition), '[]') AS inherits,
    COALESCE((SELECT json_agg(json_build_object(
        'name', a.attname,
        'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
        'nullable', NOT a.attnotnull,
        'default', CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(d.adbin, d.adrelid) END,
        'identity', CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END,
        'generated', CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(d.adbin, d.adrelid) END
      ) ORDER BY a.attnum)
      FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '[]') AS columns,
    COALESCE((SELECT json_agg(json_build_object(
        'name', k.conname,
        'kind', CASE k.contype WHEN 'p' THEN 'primary key' WHEN 'u' THEN 'unique' WHEN 'f' THEN 'foreign key' WHEN 'c' THEN 'check' WHEN 'x' THEN 'exclusion' END,
        'columns', COALESCE((SELECT json_agg(a.attname ORDER BY x.n) FROM unnest(k.conkey) WITH ORDINALITY x(attnum, n) JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.attnum), '[]'),
        'references', CASE WHEN k.contype = 'f' THEN json_build_object(
            'schema', (SELECT fn.nspname FROM pg_catalog.pg_class fc JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace WHERE fc.oid = k.confrelid),
            'table', (SELECT fc.relname FROM pg_catalog.pg_class fc WHERE fc.oid = k.confrelid),
            'columns', (SELECT json_agg(a.attname ORDER BY x.n) FROM unnest(k.confkey) WITH ORDINALITY x(attnum, n) JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = x.attnum)) END,
        'definition', pg_catalog.pg_get_constraintdef(k.oid)
      ) ORDER BY k.conname)
      FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype IN ('p','u','f','c','x')), '[]') AS constraints,
    -- rows stored in this table itself (partitions and children hold their own), as pg_dump copies them
    CASE WHEN c.relkind = 'r' THEN ((pg_catalog.xpath('/row/c/text()', pg_catalog.query_to_xml(pg_catalog.format('SELECT count(*) AS c FROM ONLY %I.%I', n.nspname, c.relname), false, true, '')))[1])::text::bigint ELSE 0 END AS "rowCount"
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.objid = c.oid AND dep.deptype = 'e')
) t),
'schemas', (SELECT COALESCE(json_agg(n.nspname ORDER BY n.nspname), '[]') FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'),
'indexes', (SELECT COALESCE(json_agg(json_build_object('schema', n.nspname, 'name', ic.relname, 'table', tc.relname, 'unique', i.indisunique, 'primary', i.indisprimary) ORDER BY n.nspname, ic.relname), '[]')
  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.objid = tc.oid AND dep.deptype = 'e')),
'sequences', (SELECT COALESCE(json_agg(json_build_object('schema', s.schemaname, 'name', s.sequencename, 'type', pg_catalog.format_type(s.data_type, NULL), 'lastValue', s.last_value,
    'ownedBy', (SELECT json_build_object('table', tc.relname, 'column', a.attname) FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class sc ON sc.oid = d.objid JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace JOIN pg_catalog.pg_class tc ON tc.oid = d.refobjid JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
       WHERE sn.nspname = s.schemaname AND sc.relname = s.sequencename AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i') LIMIT 1)
  ) ORDER BY s.schemaname, s.sequencename), '[]') FROM pg_catalog.pg_sequences s WHERE s.schemaname NOT IN ('pg_catalog', 'information_schema')),
'views', (SELECT COALESCE(json_agg(json_build_object('schema', n.nspname, 'name', c.relname, 'materialized', c.relkind = 'm') ORDER BY n.nspname, c.relname), '[]')
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.objid = c.oid AND dep.deptype = 'e')),
'routines', (SELECT COALESCE(json_agg(json_build_object('schema', n.nspname, 'name', p.proname, 'kind', CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' WHEN 'w' THEN 'window' ELSE 'function' END, 'language', l.lanname) ORDER BY n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid)), '[]')
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace JOIN pg_catalog.pg_language l ON l.oid = p.prolang
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.objid = p.oid AND dep.deptype IN ('e', 'i'))),
'triggers', (SELECT COALESCE(json_agg(json_build_object('table', c.relname, 'name', tg.tgname) ORDER BY c.relname, tg.tgname), '[]')
  FROM pg_catalog.pg_trigger tg JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid WHERE NOT tg.tgisinternal),
'policies', (SELECT COALESCE(json_agg(json_build_object('schema', schemaname, 'table', tablename, 'name', policyname) ORDER BY schemaname, tablename, policyname), '[]') FROM pg_catalog.pg_policies),
'types', (SELECT COALESCE(json_agg(json_build_object('schema', n.nspname, 'name', t.typname, 'kind', CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'c' THEN 'composite' WHEN 'r' THEN 'range' WHEN 'd' THEN 'domain' WHEN 'm' THEN 'multirange' WHEN 'p' THEN 'shell' ELSE 'base' END,
    'labels', CASE WHEN t.typtype = 'e' THEN (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid) END,
    'baseType', CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END) ORDER BY n.nspname, t.typname), '[]')
  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND (t.typtype IN ('e', 'r', 'd') OR (t.typtype = 'c' AND (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c')
      -- base types (not the array type PostgreSQL makes for each) and shells never completed (CREATE TYPE x;)
      OR (t.typtype = 'b' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type o WHERE o.typarray = t.oid)) OR (t.typtype = 'p' AND NOT t.typisdefined))
    -- types that belong to an extension (dblink_pkey_results, ...) are never written by pg_dump
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.objid = t.oid AND dep.deptype = 'e')
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.objid = t.typrelid AND dep.deptype = 'e')),
'extensions', (SELECT COALESCE(json_agg(e.extname ORDER BY e.extname), '[]') FROM pg_catalog.pg_extension e WHERE e.extname <> 'plpgsql'),
'servers', (SELECT COALESCE(json_agg(json_build_object('name', s.srvname, 'options', COALESCE(s.srvoptions, '{}')) ORDER BY s.srvname), '[]') FROM pg_catalog.pg_foreign_server s),
'userMappings', (SELECT COALESCE(json_agg(json_build_object('server', m.srvname, 'user', m.usename, 'optionNames', (SELECT COALESCE(json_agg(split_part(o, '=', 1) ORDER BY o), '[]') FROM unnest(m.umoptions) o)) ORDER BY m.srvname, m.usename), '[]') FROM pg_catalog.pg_user_mappings m),
'publications', (SELECT COALESCE(json_agg(p.pubname ORDER BY p.pubname), '[]') FROM pg_catalog.pg_publication p),
-- Details kept apart from the lists above, so a consumer comparing those lists field by field is unaffected.
'viewDefinitions', (SELECT COALESCE(json_agg(json_build_object('schema', n.nspname, 'name', c.relname, 'definition', pg_catalog.pg_get_viewdef(c.oid)) ORDER BY n.nspname, c.relname), '[]')
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.objid = c.oid AND dep.deptype = 'e')),
'compositeTypes', (SELECT COALESCE(json_agg(json_build_object('schema', n.nspname, 'name', t.typname,
    'attributes', (SELECT COALESCE(json_agg(json_build_object('name', a.attname, 'type', pg_catalog.format_type(a.atttypid, a.atttypmod)) ORDER BY a.attnum), '[]') FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
  ) ORDER BY n.nspname, t.typname), '[]')
  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
  WHERE t.typtype = 'c' AND c.relkind = 'c' AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.objid = t.oid AND dep.deptype = 'e')
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.objid = t.typrelid AND dep.deptype = 'e')),
'indexDefinitions', (SELECT COALESCE(json_agg(json_build_object('schema', n.nspname, 'name', ic.relname, 'definition', pg_catalog.pg_get_indexdef(i.indexrelid)) ORDER BY n.nspname, ic.relname), '[]')
  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.objid = tc.oid AND dep.deptype = 'e')),
'triggerDetails', (SELECT COALESCE(json_agg(json_build_object('schema', n.nspname, 'table', c.relname, 'name', tg.tgname, 'definition', pg_catalog.pg_get_triggerdef(tg.oid)) ORDER BY n.nspname, c.relname, tg.tgname), '[]')
  FROM pg_catalog.pg_trigger tg JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE NOT tg.tgisinternal),
'subscriptions', (SELECT COALESCE(json_agg(s.subname ORDER BY s.subname), '[]') FROM pg_catalog.pg_subscription s WHERE s.subdbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database()))
) AS main) m;
