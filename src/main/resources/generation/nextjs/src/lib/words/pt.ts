/**
 * Todas as palavras que este app mostra às pessoas, num só lugar: títulos, botões, listas vazias e mensagens de
 * validação. Escritas na língua do plano; traduza este arquivo para mudá-las (as páginas não leem outro).
 */
export const words = {
  new: (label: string) => `Cadastrar ${lower(label)}`,
  edit: (label: string) => `Editar ${lower(label)}`,
  editButton: "Editar",
  add: "Adicionar",
  save: "Salvar",
  saving: "Salvando…",
  delete: "Excluir",
  confirmDelete: "Excluir este registro?",
  couldNotDelete: (status: number) => `Não foi possível excluir (HTTP ${status})`,
  required: "Obrigatório",
  search: "Buscar",
  searchIn: (fields: string) => `Buscar por ${fields}`,
  clear: "Limpar",
  found: (count: number) => (count === 1 ? "1 encontrado" : `${count} encontrados`),
  inAll: (count: number) => `${count} no total`,
  nothingMatches: (query: string) => `Nada encontrado para “${query}”.`,
  nothingYet: "Nada por aqui ainda.",
  noneYet: "Nenhum ainda.",
  noneToChoose: "Ainda não há opções para escolher.",
  created: "Criado em",
  updated: "Atualizado em",
  previous: "Anterior",
  next: "Próxima",
  page: (page: number, pages: number) => `Página ${page} de ${pages}`,
  // a página inicial
  theProblem: "O problema",
  whatYouCanDo: "O que você pode fazer",
  latest: "Mais recentes",
  addTheFirst: "Cadastre o primeiro",
  getStarted: "Comece por aqui",
  // mensagens de validação: "Porções deve ser um número inteiro"
  isRequired: (label: string) => `${label} é obrigatório`,
  tooLarge: (label: string) => `${label} é grande demais`,
  tooSmall: (label: string) => `${label} é pequeno demais`,
  mustBe: (label: string, expected: string) => `${label} deve ser ${expected}`,
  atMost: (label: string, characters: number) => `${label} deve ter no máximo ${characters} caracteres`,
  zeroOrMore: (label: string) => `${label} deve ser 0 ou mais`,
  oneOf: (values: string[]) => `um destes: ${values.join(", ")}`,
  expected: {
    text: "um texto",
    integer: "um número inteiro",
    number: "um número",
    amount: "um valor",
    yesNo: "sim ou não",
    date: "uma data",
    time: "um horário (HH:MM)",
    datetime: "uma data e hora",
    id: "um id",
    email: "um endereço de e-mail",
    url: "um endereço web (https://…)",
    json: "um JSON válido",
    record: "um dos registros",
    records: "registros para ligar",
  },
};

/** "Receita" → "receita" in the middle of a sentence; acronyms ("PDF") stay as they are. */
function lower(label: string) {
  return label.length > 1 && label[1] === label[1].toUpperCase() ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
