-- Users of one register: each belongs to one organisation and has one role.
CREATE TABLE users (
  id text PRIMARY KEY,
  org text NOT NULL,
  email text NOT NULL,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('staff', 'reviewer', 'admin')),
  job_title text NOT NULL DEFAULT '',
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_org_email ON users (org, lower(email));

-- Declarations: the body as posted (validated by src/declarations/schema.ts), plus status and decision.
CREATE TABLE declarations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ref text NOT NULL UNIQUE,
  org text NOT NULL,
  user_id text NOT NULL REFERENCES users (id),
  idempotency_key text NOT NULL,
  type text NOT NULL CHECK (type IN ('gift-hospitality', 'interest')),
  body jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  decided_by text REFERENCES users (id),
  decision_note text,
  -- The same Idempotency-Key from the same user is the same declaration, never a second row.
  CONSTRAINT declarations_idempotency UNIQUE (user_id, idempotency_key)
);
CREATE INDEX declarations_org_id ON declarations (org, id DESC);
CREATE INDEX declarations_user_id ON declarations (user_id, id DESC);

-- Append-only audit log; each entry's hash = sha256(previous hash + canonical JSON of the entry).
CREATE TABLE audit_log (
  seq integer PRIMARY KEY,
  entry text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL
);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$;

CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
