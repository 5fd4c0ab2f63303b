import { render } from "preact";

render(<h1>Status Lens</h1>, document.getElementById("app") as HTMLElement);
