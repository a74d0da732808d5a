-- Decision 027: a territory's name per language. The name it had so far is taken as its name in its
-- first language (the one its Needs Review starts in); the other languages are left to the programme
-- admin, and a page in one of them shows this name marked with its language meanwhile.
UPDATE "territory" SET "names" = jsonb_build_object(coalesce("languages"[1], 'en'), "name") WHERE "names" = '{}'::jsonb;
