// The navbar's search item renders @theme/SearchBar; ours is the Korean manual search.
import React from "react";
import SearchBox from "../../components/SearchBox";

export default function SearchBar(): React.ReactNode {
  return <SearchBox variant="navbar" />;
}
