-- Connect Vercel: which team a connected Vercel token works for (sent as ?teamId= on every call; NULL for a personal
-- account), and the names shown in Settings → Vercel, so the page needs no call to Vercel. None of them is secret;
-- the token itself stays encrypted in vercel_access_token.
ALTER TABLE users ADD COLUMN vercel_team_id TEXT;
ALTER TABLE users ADD COLUMN vercel_account_name TEXT;
ALTER TABLE users ADD COLUMN vercel_team_name TEXT;
