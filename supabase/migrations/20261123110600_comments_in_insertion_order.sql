-- Comments are read in the order they were written. now() is the start of the transaction, so two comments made in
-- one transaction (a seed, a test, an import) tied and came back in any order; clock_timestamp() does not tie.
alter table public.comments alter column created_at set default clock_timestamp();
alter table public.initiative_comments alter column created_at set default clock_timestamp();
