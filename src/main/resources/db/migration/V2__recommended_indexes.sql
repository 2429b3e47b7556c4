-- The seed's "Índices Recomendados", unchanged.

-- Busca de projetos por usuário e status
CREATE INDEX idx_projects_user_status ON projects(user_id, status);

-- Busca de mensagens por data
CREATE INDEX idx_messages_created_at ON messages(conversation_id, created_at DESC);

-- Busca de deployments recentes
CREATE INDEX idx_deployments_created_at ON deployments(project_id, created_at DESC);
