// Tailwind CSS 4 through PostCSS, as Next.js builds CSS: src/app/globals.css imports it.
const config = {
  plugins: { "@tailwindcss/postcss": {} },
};

export default config;
