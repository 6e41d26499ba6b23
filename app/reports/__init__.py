"""Excel workbooks built from the database: streamed, styled, right-to-left where the language is."""
