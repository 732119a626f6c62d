// natural's root module loads dotenv (which prints on stdout); its stemmer submodules load nothing.
declare module "natural/lib/natural/stemmers/porter_stemmer" {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
