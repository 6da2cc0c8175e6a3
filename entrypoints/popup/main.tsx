import { render } from 'preact';

render(<p>Stargate Brief</p>, document.getElementById('app')!);
