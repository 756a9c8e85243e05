// The dist bundle is what loads in Node (the lib/ entry does not); its API is the package's.
declare module 'adaptivecards/dist/adaptivecards.min.js' {
  export * from 'adaptivecards';
}
