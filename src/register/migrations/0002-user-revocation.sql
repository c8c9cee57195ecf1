-- When an administrator took the user's access away (their token stops working at once); null while
-- they have it. The row stays, so their declarations keep their declarant and the audit log its subject.
ALTER TABLE users ADD COLUMN revoked_at timestamptz;
