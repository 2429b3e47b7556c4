-- The seed's "Migration 001: Initial Schema", unchanged. It runs as is on PostgreSQL and on H2 (MODE=PostgreSQL).
-- migrations/001_initial_schema.sql

-- Users
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    clerk_id TEXT UNIQUE NOT NULL,
    email TEXT UNIQUE NOT NULL,
    name TEXT,
    avatar_url TEXT,
    github_access_token TEXT,
    github_refresh_token TEXT,
    github_token_expiry TIMESTAMP,
    vercel_access_token TEXT,
    vercel_refresh_token TEXT,
    vercel_token_expiry TIMESTAMP,
    created_at TIMESTAMP DEFAULT NOW(),
    updated_at TIMESTAMP DEFAULT NOW()
);

-- Projects
CREATE TYPE project_status AS ENUM (
    'IDEATION',
    'PLANNING',
    'CONNECTING',
    'GENERATING',
    'DEPLOYING',
    'LIVE',
    'FAILED'
);

CREATE TABLE projects (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    status project_status DEFAULT 'IDEATION',
    business_plan JSONB,
    technical_plan JSONB,
    github_repo_url TEXT,
    github_repo_owner TEXT,
    github_repo_name TEXT,
    vercel_project_id TEXT,
    vercel_team_id TEXT,
    production_url TEXT,
    last_deploy_at TIMESTAMP,
    created_at TIMESTAMP DEFAULT NOW(),
    updated_at TIMESTAMP DEFAULT NOW()
);

CREATE INDEX idx_projects_user_id ON projects(user_id);
CREATE INDEX idx_projects_status ON projects(status);

-- Conversations
CREATE TYPE conversation_phase AS ENUM ('DISCOVERY', 'PLANNING', 'ITERATION');
CREATE TYPE conversation_status AS ENUM ('ACTIVE', 'COMPLETED', 'ABANDONED');

CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    phase conversation_phase NOT NULL,
    status conversation_status DEFAULT 'ACTIVE',
    created_at TIMESTAMP DEFAULT NOW(),
    updated_at TIMESTAMP DEFAULT NOW()
);

CREATE INDEX idx_conversations_project_id ON conversations(project_id);

-- Messages
CREATE TYPE message_role AS ENUM ('USER', 'ASSISTANT', 'SYSTEM');

CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role message_role NOT NULL,
    content TEXT NOT NULL,
    token_count INTEGER,
    model TEXT,
    created_at TIMESTAMP DEFAULT NOW()
);

CREATE INDEX idx_messages_conversation_id ON messages(conversation_id);

-- Generated Files
CREATE TABLE generated_files (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    path VARCHAR(500) NOT NULL,
    content TEXT NOT NULL,
    commit_sha TEXT,
    created_at TIMESTAMP DEFAULT NOW(),
    UNIQUE(project_id, path)
);

CREATE INDEX idx_generated_files_project_id ON generated_files(project_id);

-- Deployments
CREATE TYPE deployment_status AS ENUM ('QUEUED', 'BUILDING', 'READY', 'ERROR', 'CANCELED');

CREATE TABLE deployments (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    vercel_deployment_id TEXT UNIQUE NOT NULL,
    status deployment_status DEFAULT 'QUEUED',
    url TEXT,
    error_message TEXT,
    created_at TIMESTAMP DEFAULT NOW(),
    completed_at TIMESTAMP
);

CREATE INDEX idx_deployments_project_id ON deployments(project_id);
